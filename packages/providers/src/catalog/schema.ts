// The shape of catalog/models.json. Prices are decimal strings (USD per million tokens) so they stay exact.
import { z } from 'zod';

export const ZCatalogProvider = z.enum(['openai', 'anthropic', 'bedrock', 'gemini', 'emulated']);
export type TCatalogProvider = z.infer<typeof ZCatalogProvider>;

/** At most 6 decimals: the precision parseUsdPerMTok turns into whole pico-USD per token. */
const ZUsdPerMTok = z.string().regex(/^\d+(\.\d{1,6})?$/, 'a decimal string with at most 6 decimals');

export const ZCatalogPrice = z.strictObject({
  inputPerMTok: ZUsdPerMTok,
  outputPerMTok: ZUsdPerMTok,
  cachedInputPerMTok: ZUsdPerMTok.optional(),
  cacheWritePerMTok: ZUsdPerMTok.optional(),
});

const ZIsoDate = z.iso.date();

export const ZCatalogModel = z.strictObject({
  provider: ZCatalogProvider,
  /** The id sent to the provider's API. */
  id: z.string().min(1),
  displayName: z.string().min(1),
  mode: z.enum(['chat', 'embedding']),
  /** Maximum input (prompt) tokens. */
  contextWindow: z.number().int().positive(),
  /** 0 for embedding models, which produce no output tokens. */
  maxOutputTokens: z.number().int().min(0),
  prices: ZCatalogPrice,
  /**
   * Some models bill the whole request at higher prices once the prompt exceeds a size (Gemini Pro above 200k,
   * GPT-5.4 above 272k input tokens); `catalogPrice` carries them into the price costs are computed with.
   */
  longContext: z
    .strictObject({
      aboveInputTokens: z.number().int().positive(),
      prices: ZCatalogPrice,
    })
    .optional(),
  /** When the provider retires the model, if announced. */
  deprecationDate: ZIsoDate.optional(),
  /** The day the prices were read from `source`. */
  effectiveFrom: ZIsoDate,
  source: z.string().min(1),
});
export type TCatalogModel = z.infer<typeof ZCatalogModel>;
