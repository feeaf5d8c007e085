import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="centered card stack">
      <h1>Not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <Link href="/">Go to your projects</Link>
    </main>
  );
}
