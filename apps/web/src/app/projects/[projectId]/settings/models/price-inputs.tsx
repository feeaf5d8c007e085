import type { TModelPriceView } from '@yardstick/core';

/** A model's price fields, in USD per million tokens; cache prices and the long-context tier may stay empty. */
export function PriceInputs(props: { price?: TModelPriceView | null }) {
  const longContext = props.price?.longContext;
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
      <fieldset>
        <legend>
          Long context (optional): the whole request is billed at these rates above a prompt size
        </legend>
        <label>
          Long context above (input tokens)
          <input
            name="longContextAboveInputTokens"
            inputMode="numeric"
            placeholder="none"
            defaultValue={longContext?.aboveInputTokens}
          />
        </label>
        <label>
          Long-context input $/MTok
          <input
            name="longContextInputPerMTok"
            inputMode="decimal"
            defaultValue={longContext?.rates.inputPerMTok}
          />
        </label>
        <label>
          Long-context output $/MTok
          <input
            name="longContextOutputPerMTok"
            inputMode="decimal"
            defaultValue={longContext?.rates.outputPerMTok}
          />
        </label>
        <label>
          Long-context cached input $/MTok
          <input
            name="longContextCachedInputPerMTok"
            inputMode="decimal"
            placeholder="= input"
            defaultValue={longContext?.rates.cachedInputPerMTok}
          />
        </label>
        <label>
          Long-context cache write $/MTok
          <input
            name="longContextCacheWritePerMTok"
            inputMode="decimal"
            placeholder="= input"
            defaultValue={longContext?.rates.cacheWritePerMTok}
          />
        </label>
      </fieldset>
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
    // The server validates the tier; a threshold without rates gets its clear error there.
    ...(value('longContextAboveInputTokens')
      ? {
          longContext: {
            aboveInputTokens: value('longContextAboveInputTokens'),
            rates: {
              inputPerMTok: value('longContextInputPerMTok'),
              outputPerMTok: value('longContextOutputPerMTok'),
              ...(value('longContextCachedInputPerMTok')
                ? { cachedInputPerMTok: value('longContextCachedInputPerMTok') }
                : {}),
              ...(value('longContextCacheWritePerMTok')
                ? { cacheWritePerMTok: value('longContextCacheWritePerMTok') }
                : {}),
            },
          },
        }
      : {}),
  };
}
