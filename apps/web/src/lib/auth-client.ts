'use client';
import { createAuthClient } from 'better-auth/react';

// Talks to Better Auth's routes under /api/auth on this same origin.
export const authClient = createAuthClient();
