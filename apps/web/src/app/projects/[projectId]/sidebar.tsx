'use client';
import { projectSections } from '@yardstick/core';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { authClient } from '@/lib/auth-client';

export function Sidebar(props: {
  projectId: string;
  projects: { id: string; name: string }[];
  role: string;
  user: { name: string; email: string };
}) {
  const pathname = usePathname();
  const router = useRouter();
  const section = pathname.split('/')[3] ?? 'playground';
  return (
    <aside className="sidebar">
      <div className="brand">Yardstick</div>
      <label>
        <span className="muted">Project</span>
        <select
          aria-label="Switch project"
          value={props.projectId}
          onChange={(event) => {
            const target = event.target.value;
            router.push(target === 'new' ? '/projects/new' : `/projects/${target}/${section}`);
          }}
        >
          {props.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
          <option value="new">+ New project…</option>
        </select>
      </label>
      <nav className="nav" aria-label="Sections">
        {projectSections.map((item) => (
          <Link
            key={item.slug}
            href={`/projects/${props.projectId}/${item.slug}`}
            aria-current={section === item.slug ? 'page' : undefined}
          >
            {item.title}
          </Link>
        ))}
      </nav>
      <div className="sidebar-foot">
        <div>
          <div>{props.user.name}</div>
          <div className="muted">
            {props.user.email} · <span className="badge">{props.role}</span>
          </div>
        </div>
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await authClient.signOut();
            router.push('/sign-in');
            router.refresh();
          }}
        >
          Sign out
        </button>
      </div>
    </aside>
  );
}
