import Link from 'next/link';

const pages = [
  { slug: '', title: 'General' },
  { slug: 'connections', title: 'Connections' },
  { slug: 'models', title: 'Models and prices' },
] as const;

/** The settings sub-pages; `current` is the slug of the page showing it ('' for general). */
export function SettingsNav(props: { projectId: string; current: (typeof pages)[number]['slug'] }) {
  return (
    <nav className="subnav" aria-label="Settings">
      {pages.map((page) => (
        <Link
          key={page.slug}
          href={`/projects/${props.projectId}/settings${page.slug ? `/${page.slug}` : ''}`}
          aria-current={props.current === page.slug ? 'page' : undefined}
        >
          {page.title}
        </Link>
      ))}
    </nav>
  );
}
