// What one unit of work is for each kind of reference a UsageEvent can point to, for "cost per unit of work".
// Kinds not listed (new features) fall back to cost per call.

export interface TUnitOfWork {
  /** Plural label of the reference kind, e.g. "Comparisons". */
  label: string;
  /** reference: one unit per referenced record (a comparison, a run); call: one per successful call. */
  unit: 'reference' | 'call';
  unitLabel: string;
  /** What one successful call of this kind produced, e.g. "per cell" of a comparison. */
  callLabel: string;
}

const unitsOfWork: Record<string, TUnitOfWork> = {
  comparison: { label: 'Comparisons', unit: 'reference', unitLabel: 'per comparison', callLabel: 'per cell' },
  generation_run: {
    label: 'Dataset generation runs',
    unit: 'call',
    unitLabel: 'per item generated',
    callLabel: 'per item generated',
  },
  dataset: {
    label: 'Dataset generation',
    unit: 'call',
    unitLabel: 'per item generated',
    callLabel: 'per item generated',
  },
  labeling_task: {
    label: 'Labeling tasks',
    unit: 'call',
    unitLabel: 'per item generated for labeling',
    callLabel: 'per item generated',
  },
  eval_run: {
    label: 'Evaluation runs',
    unit: 'reference',
    unitLabel: 'per run',
    callLabel: 'per evaluated item',
  },
  suite_run: {
    label: 'Regression suite runs',
    unit: 'reference',
    unitLabel: 'per run',
    callLabel: 'per case',
  },
  suite: { label: 'Regression suites', unit: 'reference', unitLabel: 'per suite', callLabel: 'per case' },
  connection: { label: 'Connection tests', unit: 'call', unitLabel: 'per test', callLabel: 'per test' },
};

export function unitOfWork(referenceType: string): TUnitOfWork {
  return (
    unitsOfWork[referenceType] ?? {
      label: referenceType,
      unit: 'call',
      unitLabel: 'per call',
      callLabel: 'per call',
    }
  );
}
