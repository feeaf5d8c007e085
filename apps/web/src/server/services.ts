import 'server-only';
import { createServices, type TServices } from '@yardstick/core/server';

// One set of services per server process (kept on globalThis so hot reload in development reuses it).
const holder = globalThis as typeof globalThis & { yardstickServices?: TServices };

export function services(): TServices {
  holder.yardstickServices ??= createServices('web');
  return holder.yardstickServices;
}
