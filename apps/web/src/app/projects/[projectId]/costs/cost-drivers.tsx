'use client';
import type { TCostDriver, TCostReport } from '@yardstick/core';

const integer = new Intl.NumberFormat('en-US');

function DriverRows({ drivers }: { drivers: TCostDriver[] }) {
  return (
    <>
      {drivers.map((driver) => (
        <tr key={driver.key}>
          <td>{driver.label}</td>
          <td className="number">{driver.cost.display}</td>
          <td className="number">{integer.format(driver.calls)}</td>
          <td className="number">
            {driver.unitCost ? `${driver.unitCost.display} ${driver.unitLabel}` : '—'}
            {driver.unpricedCalls > 0 ? (
              <span className="badge warning"> {driver.unpricedCalls} unpriced</span>
            ) : null}
          </td>
        </tr>
      ))}
    </>
  );
}

export function CostDrivers({ report }: { report: TCostReport }) {
  const { drivers, unitCosts } = report;
  return (
    <section className="card stack" aria-label="Top cost drivers">
      <h2>Top cost drivers</h2>
      {unitCosts.length > 0 ? (
        <section className="metrics" aria-label="Cost per unit of work">
          {unitCosts.map((unit) => (
            <div key={unit.referenceType} className="metric">
              <span className="muted">
                {unit.label} ({integer.format(unit.units)})
              </span>
              <strong>{unit.unitCost ? `${unit.unitCost.display} ${unit.unitLabel}` : '—'}</strong>
              <span className="muted">{unit.cost.display} in all</span>
            </div>
          ))}
        </section>
      ) : null}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th>Model</th>
              <th className="number">Cost</th>
              <th className="number">Calls</th>
              <th className="number">Unit cost</th>
            </tr>
          </thead>
          <tbody>
            <DriverRows drivers={drivers.models} />
          </tbody>
        </table>
      </div>
      {drivers.references.length > 0 ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th>Comparison or run (all models and sources)</th>
                <th className="number">Cost</th>
                <th className="number">Calls</th>
                <th className="number">Unit cost</th>
              </tr>
            </thead>
            <tbody>
              <DriverRows drivers={drivers.references} />
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No comparisons or runs in this period.</p>
      )}
    </section>
  );
}
