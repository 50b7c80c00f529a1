import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The app's sections, the one list of them: the navigation (what each role may open, which
 * entry the current page belongs to) and the routes (App.tsx makes one per section from it).
 */
export interface NavItem {
  to: string;
  label: string;
  /** Roles that may open the section (the API's policy for what the section reads). */
  roles: readonly string[];
  /** Pages that need the full width (builders, tables) rather than a reading column. */
  wide?: boolean;
  /**
   * The section's pages under `to`/*, each section its own chunk loaded on demand. My
   * interviews has none: its pages load with the app (every role's first page).
   */
  page?: LazyExoticComponent<ComponentType>;
}

/** Roles that read candidates' debriefs (the API's candidateDebrief policy; recruiters read only). */
export const DEBRIEF_ROLES = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'];
/** Roles that edit the library and loops, schedule interviews and read calibration. */
export const EDITOR_ROLES = ['ADMIN', 'RECRUITER'];
export const ADMIN_ROLES = ['ADMIN'];

/** Every section of the app, in the order the navigation shows them. */
export const SECTIONS: readonly NavItem[] = [
  {
    to: '/interviews',
    label: 'My interviews',
    roles: ['ADMIN', 'RECRUITER', 'HIRING_MANAGER', 'INTERVIEWER'],
  },
  {
    to: '/schedule',
    label: 'Schedule',
    roles: EDITOR_ROLES,
    wide: true,
    page: lazy(() => import('./schedule/ScheduleRoutes')),
  },
  {
    to: '/candidates',
    label: 'Candidates',
    roles: DEBRIEF_ROLES,
    page: lazy(() => import('./debrief/CandidateRoutes')),
  },
  {
    to: '/loops',
    label: 'Loops',
    roles: EDITOR_ROLES,
    wide: true,
    page: lazy(() => import('./loops/LoopRoutes')),
  },
  {
    to: '/library',
    label: 'Library',
    roles: EDITOR_ROLES,
    wide: true,
    page: lazy(() => import('./library/LibraryRoutes')),
  },
  {
    to: '/calibration',
    label: 'Calibration',
    roles: EDITOR_ROLES,
    wide: true,
    page: lazy(() => import('./calibration/CalibrationPage')),
  },
  {
    to: '/admin',
    label: 'Administration',
    roles: ADMIN_ROLES,
    wide: true,
    page: lazy(() => import('./admin/AdminRoutes')),
  },
];

export function navItems(role: string): NavItem[] {
  return SECTIONS.filter((section) => section.roles.includes(role));
}

/** The entry whose section holds `pathname` (/candidates/:id belongs to Candidates). */
export function activeItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  return items.find((item) => pathname === item.to || pathname.startsWith(`${item.to}/`));
}

/** The section `pathname` belongs to, whoever is looking (for "not allowed" and page width). */
export function sectionOf(pathname: string): NavItem | undefined {
  return activeItem(SECTIONS, pathname);
}
