import { canManageCatalog, listModels, ZListModels } from '@yardstick/core/server';
import { providerLabels } from '@/lib/provider-labels';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { SettingsNav } from '../settings-nav';
import { CustomModelForm } from './custom-model-form';
import { ModelsTable } from './models-table';

export const dynamic = 'force-dynamic';

export default async function ModelsPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { actor } = await requireProjectPage(projectId);
  const parsed = ZListModels.safeParse(await props.searchParams);
  const filters = parsed.success ? parsed.data : {};
  const { database } = services();
  const [models, isManager] = await Promise.all([
    listModels(database, filters),
    canManageCatalog(database, actor),
  ]);
  return (
    <>
      <h1>Settings</h1>
      <SettingsNav projectId={projectId} current="models" />
      <section className="card stack">
        <h2>Model catalog</h2>
        <p className="muted">
          Prices in USD per million tokens, shared by every project. A new price takes effect from its date;
          costs already recorded keep the price they were computed with. A model the catalog does not know is
          recorded as unpriced, never as free.
        </p>
        <search>
          <form className="row" method="get">
            <label>
              Search
              <input name="search" defaultValue={filters.search} placeholder="gpt-4o, claude, llama…" />
            </label>
            <label>
              Provider
              <select name="provider" defaultValue={filters.provider ?? ''}>
                <option value="">All providers</option>
                {Object.entries(providerLabels).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Search</button>
          </form>
        </search>
        <ModelsTable models={models} canEdit={isManager} />
        {models.length === 0 ? <p className="muted">No model matches.</p> : null}
      </section>
      {isManager ? (
        <section className="card stack">
          <h2>Add a custom model</h2>
          <p className="muted">
            For a fine-tune or a self-hosted model (Ollama, vLLM). A zero price is allowed: calls are then
            costed at $0.
          </p>
          <CustomModelForm />
        </section>
      ) : (
        <p className="muted">
          Prices and custom models are managed by the organization&apos;s owner and admins.
        </p>
      )}
    </>
  );
}
