'use client';
import type { TCostReport } from '@yardstick/core';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartColors, shortPeriod } from './chart-style';

const integer = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

function SmallChart(props: {
  title: string;
  data: Record<string, number | string | null>[];
  lines: { key: string; name: string }[];
  format: (value: number) => string;
}) {
  return (
    <div className="small-chart">
      <h3>{props.title}</h3>
      <ResponsiveContainer width="100%" height={180}>
        <LineChart data={props.data}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" tickFormatter={shortPeriod} minTickGap={24} />
          <YAxis tickFormatter={(value: number) => props.format(value)} width={56} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? props.format(value) : String(value))} />
          {props.lines.length > 1 ? <Legend /> : null}
          {props.lines.map((line, index) => (
            <Line
              key={line.key}
              type="monotone"
              dataKey={line.key}
              name={line.name}
              stroke={chartColors[index]}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function UsageCharts({ report }: { report: TCostReport }) {
  const data = report.series.map((point) => ({
    period: point.period,
    calls: point.calls,
    inputTokens: point.inputTokens,
    outputTokens: point.outputTokens,
    // No calls, no rate: a gap rather than a misleading 0%.
    errorRate: point.calls === 0 ? null : point.errorRate * 100,
    medianLatencyMs: point.medianLatencyMs,
  }));
  return (
    <section className="card" aria-label="Usage over time">
      <div className="chart-grid">
        <SmallChart
          title="Calls"
          data={data}
          lines={[{ key: 'calls', name: 'Calls' }]}
          format={(value) => integer.format(value)}
        />
        <SmallChart
          title="Tokens"
          data={data}
          lines={[
            { key: 'inputTokens', name: 'Input' },
            { key: 'outputTokens', name: 'Output' },
          ]}
          format={(value) => compact.format(value)}
        />
        <SmallChart
          title="Error rate"
          data={data}
          lines={[{ key: 'errorRate', name: 'Error rate' }]}
          format={(value) => `${value.toFixed(1)}%`}
        />
        <SmallChart
          title="Median latency"
          data={data}
          lines={[{ key: 'medianLatencyMs', name: 'Median latency' }]}
          format={(value) => `${integer.format(value)} ms`}
        />
      </div>
    </section>
  );
}
