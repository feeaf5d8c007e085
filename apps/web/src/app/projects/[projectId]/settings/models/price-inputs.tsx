import type { TModelPriceView } from '@yardstick/core';

/** The four price fields of a model, in USD per million tokens; cache prices may stay empty. */
export function PriceInputs(props: { price?: TModelPriceView | null }) {
  return (
    <>
      <label>
        Input $/MTok
        <input name="inputPerMTok" inputMode="decimal" required defaultValue={props.price?.inputPerMTok} />
      </label>
      <label>
        Output $/MTok
        <input name="outputPerMTok" inputMode="decimal" required defaultValue={props.price?.outputPerMTok} />
      </label>
      <label>
        Cached input $/MTok
        <input
          name="cachedInputPerMTok"
          inputMode="decimal"
          placeholder="= input"
          defaultValue={props.price?.cachedInputPerMTok ?? undefined}
        />
      </label>
      <label>
        Cache write $/MTok
        <input
          name="cacheWritePerMTok"
          inputMode="decimal"
          placeholder="= input"
          defaultValue={props.price?.cacheWritePerMTok ?? undefined}
        />
      </label>
    </>
  );
}

export function pricesFrom(form: FormData) {
  const value = (name: string) => String(form.get(name) ?? '').trim();
  return {
    inputPerMTok: value('inputPerMTok'),
    outputPerMTok: value('outputPerMTok'),
    ...(value('cachedInputPerMTok') ? { cachedInputPerMTok: value('cachedInputPerMTok') } : {}),
    ...(value('cacheWritePerMTok') ? { cacheWritePerMTok: value('cacheWritePerMTok') } : {}),
  };
}
