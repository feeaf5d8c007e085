import { findSessionActor, isSetUp } from '@yardstick/core/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { services } from '@/server/services';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';

export default async function SignInPage() {
  const { database, auth } = services();
  if (!(await isSetUp(database))) redirect('/setup');
  if (await findSessionActor(auth, await headers())) redirect('/');
  return (
    <main className="centered card stack">
      <h1>Sign in to Yardstick</h1>
      <SignInForm />
      <p className="muted">No account? Ask a project admin for an invitation link.</p>
    </main>
  );
}
