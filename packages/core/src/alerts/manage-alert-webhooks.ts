// The organization's alert webhooks (Slack incoming webhooks or anything that accepts { text } JSON).
// Owners and admins of the organization manage them; the URL is a secret and is never shown back in full.
import type { AlertWebhook, TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { canManageOrganization } from '../budgets/organization-access';
import { ForbiddenError, NotFoundError } from '../errors/app-error';
import type { TAlertWebhookView } from './alert-view';

export const ZAddAlertWebhook = z
  .object({
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. a Slack incoming-webhook URL' })
      .max(2000),
  })
  .strict();

const maxWebhooks = 10;

function toWebhookView(webhook: AlertWebhook): TAlertWebhookView {
  const url = new URL(webhook.url);
  return {
    id: webhook.id,
    maskedUrl: `${url.origin}/…${webhook.url.slice(-4)}`,
    createdAt: webhook.createdAt.toISOString(),
  };
}

async function requireOrganizationManager(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<string> {
  const access = await requireProjectRole(database, actor, projectId, 'viewer');
  if (!(await canManageOrganization(database, actor, access.organizationId))) {
    throw new ForbiddenError("Only the organization's owner and admins manage alert webhooks.");
  }
  return access.organizationId;
}

export async function listAlertWebhooks(database: TDatabase, actor: TActor, projectId: string) {
  const organizationId = await requireOrganizationManager(database, actor, projectId);
  const webhooks = await database.alertWebhook.findMany({
    where: { organizationId },
    orderBy: { createdAt: 'asc' },
  });
  return webhooks.map(toWebhookView);
}

export async function addAlertWebhook(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: z.input<typeof ZAddAlertWebhook>,
): Promise<TAlertWebhookView> {
  const { url } = ZAddAlertWebhook.parse(input);
  const organizationId = await requireOrganizationManager(database, actor, projectId);
  if ((await database.alertWebhook.count({ where: { organizationId } })) >= maxWebhooks) {
    throw new ForbiddenError(
      `An organization can have at most ${maxWebhooks} alert webhooks; remove one first.`,
    );
  }
  return toWebhookView(await database.alertWebhook.create({ data: { organizationId, url } }));
}

export async function removeAlertWebhook(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  webhookId: string,
) {
  const organizationId = await requireOrganizationManager(database, actor, projectId);
  const { count } = await database.alertWebhook.deleteMany({ where: { id: webhookId, organizationId } });
  if (count === 0) throw new NotFoundError('Alert webhook');
}
