// Browser-safe entry point: types and constants only (no database, no Node built-ins).
export type { TApiKeyView } from './api-keys/api-key-view';
export type { TInvitationView } from './invitations/invitation-view';
export type { TMemberView } from './projects/list-members';
export type { TProjectView } from './projects/project-view';

export const projectSections = [
  { slug: 'playground', title: 'Playground' },
  { slug: 'datasets', title: 'Datasets' },
  { slug: 'labeling', title: 'Labeling' },
  { slug: 'evaluations', title: 'Evaluations' },
  { slug: 'suites', title: 'Regression suites' },
  { slug: 'costs', title: 'Costs' },
  { slug: 'settings', title: 'Settings' },
] as const;
