import { isSetUp } from '@yardstick/core/server';
import { redirect } from 'next/navigation';
import { services } from '@/server/services';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';

export default async function SetupPage() {
  if (await isSetUp(services().database)) redirect('/sign-in');
  return (
    <main className="centered card stack">
      <div>
        <h1>Welcome to Yardstick</h1>
        <p className="muted">Create the owner account. You can invite your team once you are in.</p>
      </div>
      <SetupForm />
    </main>
  );
}
