'use client';
import type { TRubric } from '@yardstick/core';

/** The task's guidelines: instructions and one name and sentence per star level. */
export function RubricEditor(props: { rubric: TRubric; onChange: (rubric: TRubric) => void }) {
  const setLevel = (value: number, change: Partial<TRubric['levels'][number]>) =>
    props.onChange({
      ...props.rubric,
      levels: props.rubric.levels.map((level) => (level.value === value ? { ...level, ...change } : level)),
    });
  return (
    <details>
      <summary>Guidelines (1–5 stars; edit for this task)</summary>
      <div className="stack">
        <label>
          Instructions
          <textarea
            rows={2}
            value={props.rubric.instructions}
            onChange={(event) => props.onChange({ ...props.rubric, instructions: event.target.value })}
          />
        </label>
        {props.rubric.levels.map((level) => (
          <div key={level.value} className="rubric-level">
            <span>{'★'.repeat(level.value)}</span>
            <input
              aria-label={`Name of ${level.value} stars`}
              value={level.label}
              onChange={(event) => setLevel(level.value, { label: event.target.value })}
            />
            <input
              aria-label={`Description of ${level.value} stars`}
              value={level.description}
              onChange={(event) => setLevel(level.value, { description: event.target.value })}
            />
          </div>
        ))}
      </div>
    </details>
  );
}
