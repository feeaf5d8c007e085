import { notFound } from 'next/navigation';

// Sections that later work will build. Each says plainly that it is not there yet.
const plannedSections: Record<string, { title: string; purpose: string }> = {
  playground: {
    title: 'Playground',
    purpose:
      'Compare model configs side by side on the same prompts, with live streaming, latency, tokens and cost per completion, and the predicted cost before you run.',
  },
  datasets: {
    title: 'Datasets',
    purpose: 'Import, version and export datasets, and generate completions to label.',
  },
  labeling: {
    title: 'Labeling',
    purpose: 'Rate completions from 1 to 5 stars against written guidelines, and measure agreement between labelers.',
  },
  evaluations: {
    title: 'Evaluations',
    purpose: 'Score completions automatically with metrics and LLM-as-judge evaluators.',
  },
  suites: {
    title: 'Regression suites',
    purpose: 'Run scheduled suites against a baseline to catch model drift.',
  },
  costs: {
    title: 'Costs',
    purpose: 'See what every project spends on every model, set budgets, and project cost at production volume.',
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
