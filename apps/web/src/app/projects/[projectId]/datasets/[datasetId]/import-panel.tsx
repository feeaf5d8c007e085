'use client';
import { importLimits, type TImportPreview, type TImportResult } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { choicesFromMapping, mappingFromChoices, type TColumnChoice, type TColumnRole } from './column-roles';
import { postFile } from './upload';

const roleLabels: Record<TColumnRole, string> = {
  ignore: 'Ignore',
  id: 'Item id',
  input: 'Input variable',
  expected: 'Expected output',
  metadata: 'Metadata',
};

function formatOf(file: File): 'csv' | 'jsonl' | undefined {
  if (/\.csv$/i.test(file.name)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(file.name)) return 'jsonl';
  return undefined;
}

export function ImportPanel(props: { projectId: string; datasetId: string; hasItems: boolean }) {
  const router = useRouter();
  const base = `/api/v1/projects/${props.projectId}/datasets/${props.datasetId}/imports`;
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<TImportPreview>();
  const [choices, setChoices] = useState<Record<string, TColumnChoice>>({});
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [result, setResult] = useState<TImportResult>();

  const previewing = useSubmit(async (chosen: File) => {
    setPreview(undefined);
    setResult(undefined);
    const format = formatOf(chosen);
    const query = new URLSearchParams({
      isTruncated: String(chosen.size > importLimits.previewBytes),
      ...(format ? { format } : {}),
    });
    const found = await postFile<TImportPreview>(
      `${base}/preview?${query}`,
      chosen.slice(0, importLimits.previewBytes),
    );
    setPreview(found);
    setChoices(choicesFromMapping(found.columns, found.suggestedMapping));
  });

  const built = preview ? mappingFromChoices(preview.columns, choices) : undefined;
  const importing = useSubmit(async () => {
    if (!file || !preview || !built || !('mapping' in built)) return;
    const query = new URLSearchParams({
      format: preview.format,
      mode,
      fileName: file.name,
      mapping: JSON.stringify(built.mapping),
    });
    setResult(await postFile<TImportResult>(`${base}?${query}`, file));
    setPreview(undefined);
    setFile(undefined);
    router.refresh();
  });

  return (
    <section className="card stack">
      <h2>Import a file</h2>
      <p className="muted">
        CSV (with a header line) or JSON Lines, UTF-8, up to {Math.round(importLimits.maxBytes / 1024 / 1024)}{' '}
        MB. The whole file is imported as one new version, or nothing is if any row cannot be read.
      </p>
      <label>
        File
        <input
          type="file"
          accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            setFile(chosen);
            if (chosen) void previewing.submit(chosen);
          }}
        />
      </label>
      <FormError error={previewing.error} />
      {preview ? (
        <div className="stack">
          <p>
            {preview.format.toUpperCase()} · {preview.columns.length} columns · first {preview.rows.length}{' '}
            rows shown. Choose what each column is:
          </p>
          <div className="preview-table">
            <table>
              <thead>
                <tr>
                  {preview.columns.map((column) => (
                    <th key={column}>
                      <div className="mapping-cell">
                        <strong>{column}</strong>
                        <select
                          aria-label={`Role of column ${column}`}
                          value={choices[column]?.role ?? 'ignore'}
                          onChange={(event) =>
                            setChoices({
                              ...choices,
                              [column]: { ...choices[column]!, role: event.target.value as TColumnRole },
                            })
                          }
                        >
                          {Object.entries(roleLabels).map(([role, label]) => (
                            <option key={role} value={role}>
                              {label}
                            </option>
                          ))}
                        </select>
                        {choices[column]?.role === 'input' ? (
                          <input
                            aria-label={`Variable name for column ${column}`}
                            value={choices[column]!.variable}
                            onChange={(event) =>
                              setChoices({
                                ...choices,
                                [column]: { ...choices[column]!, variable: event.target.value },
                              })
                            }
                          />
                        ) : null}
                      </div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line}>
                    {preview.columns.map((column) => (
                      <td key={column}>{row.values[column]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.problems.length > 0 ? (
            <div role="alert" className="error">
              Problems in the first rows:
              <ul className="problems">
                {preview.problems.map((problem) => (
                  <li key={problem.line}>
                    line {problem.line} {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {props.hasItems ? (
            <label>
              Into the dataset
              <select value={mode} onChange={(event) => setMode(event.target.value as 'append' | 'replace')}>
                <option value="append">Add the rows to the items it has</option>
                <option value="replace">Replace all its items with the file</option>
              </select>
            </label>
          ) : null}
          {built && 'problem' in built ? <p className="error">{built.problem}</p> : null}
          <div>
            <button
              type="button"
              disabled={importing.isPending || !built || 'problem' in built}
              onClick={() => void importing.submit()}
            >
              {importing.isPending ? 'Importing…' : `Import ${file?.name ?? 'file'}`}
            </button>
          </div>
        </div>
      ) : null}
      <FormError error={importing.error} />
      {result ? (
        <p className="success" role="status">
          Imported {result.importedCount.toLocaleString('en-US')} rows as version {result.version.number} in{' '}
          {(result.durationMs / 1000).toFixed(1)} s.
        </p>
      ) : null}
    </section>
  );
}
