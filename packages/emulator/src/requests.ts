import type { FaultKind, Provider } from './types';

export interface RequestRecord {
  at: string;
  provider: Provider;
  model: string | undefined;
  operation: string;
  stream: boolean;
  fault?: FaultKind;
}

/** Kept for inspection; counts are exact, the detailed log keeps only the most recent entries. */
const RECENT_LIMIT = 500;

export class RequestLog {
  private recent: RequestRecord[] = [];
  private counts = new Map<string, { provider: Provider; model: string | undefined; count: number }>();

  record(entry: Omit<RequestRecord, 'at'>): RequestRecord {
    const record: RequestRecord = { at: new Date().toISOString(), ...entry };
    this.recent.push(record);
    if (this.recent.length > RECENT_LIMIT) this.recent.shift();
    const key = `${entry.provider}\u0000${entry.model ?? ''}`;
    const bucket = this.counts.get(key) ?? { provider: entry.provider, model: entry.model, count: 0 };
    bucket.count += 1;
    this.counts.set(key, bucket);
    return record;
  }

  count(filter: { provider?: string; model?: string } = {}): number {
    let total = 0;
    for (const bucket of this.counts.values()) {
      if (filter.provider !== undefined && bucket.provider !== filter.provider) continue;
      if (filter.model !== undefined && bucket.model !== filter.model) continue;
      total += bucket.count;
    }
    return total;
  }

  reset(): void {
    this.recent = [];
    this.counts.clear();
  }

  summary() {
    const byProvider: Record<string, number> = {};
    const byModel: Record<string, Record<string, number>> = {};
    for (const { provider, model, count } of this.counts.values()) {
      byProvider[provider] = (byProvider[provider] ?? 0) + count;
      if (model !== undefined) {
        const models = byModel[provider] ?? {};
        models[model] = (models[model] ?? 0) + count;
        byModel[provider] = models;
      }
    }
    return { total: this.count(), byProvider, byModel, recent: this.recent };
  }
}
