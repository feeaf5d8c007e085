import { notFound } from 'next/navigation';

// Sections that later work will build. Each says plainly that it is not there yet.
const plannedSections: Record<string, { title: string; purpose: string }> = {
  evaluations: {
    title: 'Evaluations',
    purpose: 'Score completions automatically with metrics and LLM-as-judge evaluators.',
  },
  suites: {
    title: 'Regression suites',
    purpose: 'Run scheduled suites against a baseline to catch model drift.',
  },
};

export default async function PlannedSection({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  const planned = plannedSections[section];
  if (!planned) notFound();
  return (
    <>
      <h1>{planned.title}</h1>
      <section className="card notice">
        <h2>Not built yet</h2>
        <p>This section of Yardstick is not built yet. When it is, it will let you:</p>
        <p>{planned.purpose}</p>
      </section>
    </>
  );
}
