'use client';
import type { TConnectionTestResult, TConnectionView } from '@yardstick/core';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { providerLabel } from '@/lib/provider-labels';
import { ConnectionForm } from './connection-form';

function LastTest({ connection }: { connection: TConnectionView }) {
  if (!connection.lastTestedAt) return <span className="muted">not tested</span>;
  return (
    <span>
      <span className={`badge ${connection.lastTestOk ? 'ok' : 'fail'}`}>
        {connection.lastTestOk ? 'ok' : 'failed'}
      </span>{' '}
      {connection.lastTestMessage}{' '}
      <span className="muted">({new Date(connection.lastTestedAt).toLocaleString()})</span>
    </span>
  );
}

function TestResult({ result }: { result: TConnectionTestResult }) {
  return (
    <p role="status" className={result.ok ? 'success' : 'error'}>
      {result.ok
        ? `Success: ${result.model} answered in ${result.latencyMs} ms.`
        : `${result.errorClass}: ${result.message}`}
    </p>
  );
}

function ConnectionRow(props: { projectId: string; connection: TConnectionView; isAdmin: boolean }) {
  const { connection } = props;
  const router = useRouter();
  const [isEditing, setEditing] = useState(false);
  const [result, setResult] = useState<TConnectionTestResult>();
  const base = `/api/v1/projects/${props.projectId}/connections/${connection.id}`;
  const test = useSubmit(async (model: string) => {
    setResult(undefined);
    setResult(await api<TConnectionTestResult>(`${base}/test`, { body: model ? { model } : {} }));
    router.refresh();
  });
  const remove = useSubmit(async () => {
    if (!window.confirm(`Delete the connection "${connection.name}"? Its recorded usage stays.`)) return;
    await api(base, { method: 'DELETE' });
    router.refresh();
  });
  return (
    <li className="card stack" data-testid="connection" aria-label={connection.name}>
      <div className="row spread">
        <div>
          <strong>{connection.name}</strong>{' '}
          {connection.isBuiltIn ? (
            <span
              className="badge offline"
              title="Answers come from the built-in emulator: no provider, no real model, no cost."
            >
              Offline · fake answers
            </span>
          ) : (
            <span className="badge">{providerLabel(connection.kind)}</span>
          )}
          <div className="muted">
            {connection.isBuiltIn
              ? 'Built in: try every workflow without an API key. It cannot be edited or deleted.'
              : [connection.baseUrl, connection.region].filter(Boolean).join(' · ')}
          </div>
          {connection.isBuiltIn ? null : (
            <div>
              Key:{' '}
              {connection.credentialHint ? (
                <code data-testid="credential-hint">{connection.credentialHint}</code>
              ) : (
                <span className="muted">none</span>
              )}
            </div>
          )}
        </div>
        <div>
          <LastTest connection={connection} />
        </div>
      </div>
      {props.isAdmin ? (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void test.submit(String(new FormData(event.currentTarget).get('model') ?? '').trim());
          }}
        >
          <label>
            Test model
            <input
              name="model"
              required={!connection.defaultTestModel}
              placeholder={connection.defaultTestModel ?? 'e.g. llama3.2'}
              aria-label={`Model to test ${connection.name} with`}
            />
          </label>
          <button type="submit" disabled={test.isPending}>
            {test.isPending ? 'Testing…' : 'Test'}
          </button>
          {connection.isBuiltIn ? null : (
            <>
              <button type="button" className="secondary" onClick={() => setEditing(!isEditing)}>
                Edit
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void remove.submit()}
                disabled={remove.isPending}
              >
                Delete
              </button>
            </>
          )}
        </form>
      ) : null}
      {result ? <TestResult result={result} /> : null}
      <FormError error={test.error ?? remove.error} />
      {isEditing ? (
        <ConnectionForm
          projectId={props.projectId}
          connection={connection}
          onDone={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

export function ConnectionsPanel(props: {
  projectId: string;
  connections: TConnectionView[];
  isAdmin: boolean;
}) {
  return (
    <ul className="plain stack" aria-label="Connections">
      {props.connections.map((connection) => (
        <ConnectionRow
          key={connection.id}
          projectId={props.projectId}
          connection={connection}
          isAdmin={props.isAdmin}
        />
      ))}
    </ul>
  );
}
