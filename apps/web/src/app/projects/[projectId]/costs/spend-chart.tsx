'use client';
import type { TCostReport } from '@yardstick/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisUsd, chartColors, shortPeriod } from './chart-style';

interface TTooltipProps {
  active?: boolean;
  label?: string | number;
  report: TCostReport;
}

function SpendTooltip({ active, label, report }: TTooltipProps) {
  const point = report.series.find((candidate) => candidate.period === label);
  if (!active || !point) return null;
  const names = new Map(report.stackKeys.map((stack) => [stack.key, stack.label]));
  return (
    <div className="chart-tooltip">
      <strong>
        {point.period}: {point.cost.display}
      </strong>
      {point.stacks
        .filter((stack) => stack.cost.nanoUsd !== '0')
        .map((stack) => (
          <div key={stack.key}>
            {names.get(stack.key)}: {stack.cost.display}
          </div>
        ))}
    </div>
  );
}

export function SpendChart({ report }: { report: TCostReport }) {
  const data = report.series.map((point) => ({
    period: point.period,
    ...Object.fromEntries(point.stacks.map((stack) => [stack.key, Number(stack.cost.usd)])),
  }));
  const stackedBy = ['day', 'week', 'month'].includes(report.period.groupBy)
    ? 'total'
    : report.period.groupBy;
  return (
    <section className="card stack" aria-label="Spend over time">
      <h2>
        Spend per {report.period.interval}
        {stackedBy === 'total' ? '' : `, by ${stackedBy}`}
      </h2>
      <div className="chart">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="period" tickFormatter={shortPeriod} minTickGap={16} />
            <YAxis tickFormatter={axisUsd} width={72} />
            <Tooltip content={<SpendTooltip report={report} />} />
            <Legend />
            {report.stackKeys.map((stack, index) => (
              <Bar
                key={stack.key}
                dataKey={stack.key}
                name={stack.label}
                stackId="spend"
                fill={chartColors[index % chartColors.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
