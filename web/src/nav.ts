/** The shell's navigation: what each role may open, and which entry the current page belongs to. */
export interface NavItem {
  to: string;
  label: string;
}

/** Roles that read candidates' debriefs (the API's candidateDebrief policy; recruiters read only). */
export const DEBRIEF_ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'];

export function navItems(role: string): NavItem[] {
  const items: NavItem[] = [{ to: '/interviews', label: 'My interviews' }];
  if (DEBRIEF_ROLES.includes(role)) items.push({ to: '/candidates', label: 'Candidates' });
  return items;
}

/** The entry whose section holds `pathname` (/candidates/:id belongs to Candidates). */
export function activeItem(items: NavItem[], pathname: string): NavItem | undefined {
  return items.find((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
}
