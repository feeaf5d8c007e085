import Link from 'next/link';

const pages = [
  { slug: '', title: 'Compare' },
  { slug: 'model-configs', title: 'Model configs' },
] as const;

export function PlaygroundNav(props: { projectId: string; current: (typeof pages)[number]['slug'] }) {
  return (
    <nav className="subnav" aria-label="Playground">
      {pages.map((page) => (
        <Link
          key={page.slug}
          href={`/projects/${props.projectId}/playground${page.slug ? `/${page.slug}` : ''}`}
          aria-current={props.current === page.slug ? 'page' : undefined}
        >
          {page.title}
        </Link>
      ))}
    </nav>
  );
}
