'use client';
import { defaultRubric, type TLabelingTaskView, type TRubric } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { RubricEditor } from './rubric-editor';

type TSourceKind = 'generation_run' | 'expected_output';

export function CreateTaskForm(props: {
  projectId: string;
  runs: { id: string; label: string }[];
  datasets: { id: string; name: string; latestVersion: number }[];
  members: { userId: string; name: string; email: string; role: string }[];
  initialRunId: string | undefined;
}) {
  const router = useRouter();
  const [kind, setKind] = useState<TSourceKind>(
    props.runs.length > 0 || props.datasets.length === 0 ? 'generation_run' : 'expected_output',
  );
  const [runId, setRunId] = useState(
    props.runs.find((run) => run.id === props.initialRunId)?.id ?? props.runs[0]?.id ?? '',
  );
  const [datasetId, setDatasetId] = useState(props.datasets[0]?.id ?? '');
  const [assignees, setAssignees] = useState<string[]>(
    props.members.filter((member) => member.role === 'labeler').map((member) => member.userId),
  );
  const [rubric, setRubric] = useState<TRubric>(defaultRubric);
  const { submit, isPending, error } = useSubmit(async (form: FormData) => {
    const dataset = props.datasets.find((candidate) => candidate.id === datasetId);
    const source =
      kind === 'generation_run'
        ? { kind, generationRunId: runId }
        : { kind, datasetId, datasetVersion: dataset?.latestVersion ?? 1 };
    const task = await api<TLabelingTaskView>(`/api/v1/projects/${props.projectId}/labeling-tasks`, {
      body: {
        name: form.get('name'),
        source,
        overlap: Number(form.get('overlap')),
        assigneeIds: assignees,
        rubric,
      },
    });
    router.push(`/projects/${props.projectId}/labeling/${task.id}`);
  });
  return (
    <section className="card stack">
      <h2>New task</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <label>
          Name
          <input name="name" required maxLength={120} placeholder="e.g. Rate answers to support questions" />
        </label>
        <label>
          What to rate
          <select value={kind} onChange={(event) => setKind(event.target.value as TSourceKind)}>
            <option value="generation_run">Completions of a generation run</option>
            <option value="expected_output">A dataset&apos;s expected outputs</option>
          </select>
        </label>
        {kind === 'generation_run' ? (
          props.runs.length === 0 ? (
            <p className="muted">
              No finished generation run yet: generate completions from a dataset first.
            </p>
          ) : (
            <label>
              Generation run
              <select value={runId} onChange={(event) => setRunId(event.target.value)}>
                {props.runs.map((run) => (
                  <option key={run.id} value={run.id}>
                    {run.label}
                  </option>
                ))}
              </select>
            </label>
          )
        ) : (
          <label>
            Dataset (latest version)
            <select value={datasetId} onChange={(event) => setDatasetId(event.target.value)}>
              {props.datasets.map((dataset) => (
                <option key={dataset.id} value={dataset.id}>
                  {dataset.name} v{dataset.latestVersion}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Labelers per item (overlap, for agreement)
          <input name="overlap" type="number" min={1} max={10} defaultValue={2} required />
        </label>
        <fieldset className="checks" aria-label="Assignees">
          <legend>Assignees</legend>
          {props.members.map((member) => (
            <label key={member.userId}>
              <input
                type="checkbox"
                checked={assignees.includes(member.userId)}
                onChange={(event) =>
                  setAssignees(
                    event.target.checked
                      ? [...assignees, member.userId]
                      : assignees.filter((id) => id !== member.userId),
                  )
                }
              />
              {member.name}{' '}
              <span className="muted">
                ({member.email}, {member.role})
              </span>
            </label>
          ))}
        </fieldset>
        <RubricEditor rubric={rubric} onChange={setRubric} />
        <FormError error={error} />
        <div>
          <button type="submit" disabled={isPending}>
            Create task
          </button>
        </div>
      </form>
    </section>
  );
}
