'use client';
import type { TCellView, TComparisonColumn, TRatingView } from '@yardstick/core';
import { useState } from 'react';

/** "A is better / B is better / tie" between two cells of a row, and the verdicts given so far. */
export function PairwiseBar(props: {
  rowIndex: number;
  columns: TComparisonColumn[];
  cells: TCellView[];
  ratings: TRatingView[];
  onRate: (better: TCellView, other: TCellView, isTie: boolean) => void;
}) {
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(1);
  if (props.columns.length < 2) return null;
  const cellAt = (columnIndex: number) => props.cells.find((cell) => cell.columnIndex === columnIndex);
  const a = cellAt(left);
  const b = cellAt(right);
  const canRate = a?.finishedAt && b?.finishedAt && left !== right;
  const letter = (index: number) => String.fromCharCode(65 + index);
  const nameOf = (completionId: string | null) => {
    const cell = props.cells.find((candidate) => candidate.id === completionId);
    return cell ? `${letter(cell.columnIndex)}. ${props.columns[cell.columnIndex]?.name}` : 'an earlier run';
  };
  const verdicts = props.ratings.filter(
    (rating) => rating.kind === 'pairwise' && props.cells.some((cell) => cell.id === rating.completionId),
  );
  const picker = (value: number, onChange: (value: number) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(event) => onChange(Number(event.target.value))}>
      {props.columns.map((column, index) => (
        <option key={column.modelConfigId} value={index}>
          {letter(index)}. {column.name}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset className="pairwise" aria-label={`Compare answers to prompt ${props.rowIndex + 1}`}>
      <span className="muted small">Which answer is better?</span>
      {picker(left, setLeft, `Prompt ${props.rowIndex + 1}: first answer`)}
      {picker(right, setRight, `Prompt ${props.rowIndex + 1}: second answer`)}
      <button
        type="button"
        className="secondary small"
        disabled={!canRate}
        onClick={() => props.onRate(a!, b!, false)}
      >
        {letter(left)} is better
      </button>
      <button
        type="button"
        className="secondary small"
        disabled={!canRate}
        onClick={() => props.onRate(b!, a!, false)}
      >
        {letter(right)} is better
      </button>
      <button
        type="button"
        className="secondary small"
        disabled={!canRate}
        onClick={() => props.onRate(a!, b!, true)}
      >
        Tie
      </button>
      {verdicts.length > 0 ? (
        <ul className="plain small verdicts">
          {verdicts.map((rating) => (
            <li key={rating.id}>
              {rating.userName}:{' '}
              {rating.value === 0
                ? `${nameOf(rating.completionId)} and ${nameOf(rating.otherCompletionId)} tie`
                : `${nameOf(rating.completionId)} is better than ${nameOf(rating.otherCompletionId)}`}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
