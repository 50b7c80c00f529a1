import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Section } from './NotAllowed';
import { Shell } from './Shell';
import { SECTIONS } from './nav';
import { InterviewPage } from './pages/InterviewPage';
import { MyInterviews } from './pages/MyInterviews';
import { SignIn } from './pages/SignIn';
import { refresh, session } from './session';

// The hiring manager's pages and their chart library load on demand: the interviewer's pages
// never download them.
const CandidatesPage = lazy(() => import('./debrief/CandidatesPage'));
const DebriefPage = lazy(() => import('./debrief/DebriefPage'));
const pageLoader = <Loader aria-label="Loading the page" />;
// The recruiters' and admins' sections, each its own chunk.
const LibraryRoutes = lazy(() => import('./library/LibraryRoutes'));
const LoopRoutes = lazy(() => import('./loops/LoopRoutes'));
const ScheduleRoutes = lazy(() => import('./schedule/ScheduleRoutes'));
const CalibrationPage = lazy(() => import('./calibration/CalibrationPage'));
const AdminRoutes = lazy(() => import('./admin/AdminRoutes'));
const AcceptInvitation = lazy(() => import('./pages/AcceptInvitation'));

/** The section whose first path segment is `to` (the list in nav.ts is the one source). */
function section(to: string) {
  const found = SECTIONS.find((item) => item.to === to);
  if (!found) throw new Error(`No section ${to}`);
  return found;
}

function useSession() {
  return useSyncExternalStore(session.subscribe, session.get);
}

export function App() {
  const current = useSession();
  // On load, a refresh cookie (if any) brings the session back: the token is only in memory.
  const [restoring, setRestoring] = useState(current === null);
  useEffect(() => {
    if (session.get()) return;
    void refresh().finally(() => setRestoring(false));
  }, []);
  const location = useLocation();

  if (restoring) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!current) {
    return (
      <Routes>
        <Route path="/sign-in" element={<SignIn />} />
        <Route
          path="/accept-invitation"
          element={
            <Suspense fallback={pageLoader}>
              <AcceptInvitation />
            </Suspense>
          }
        />
        <Route
          path="*"
          element={<Navigate to="/sign-in" replace state={{ from: location.pathname }} />}
        />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Shell viewer={current.viewer} />}>
        <Route index element={<Navigate to="/interviews" replace />} />
        <Route path="/interviews" element={<MyInterviews viewer={current.viewer} />} />
        <Route path="/interviews/:id" element={<InterviewPage />} />
        <Route
          path="/candidates"
          element={
            <Section section={section('/candidates')} viewer={current.viewer} fallback={pageLoader}>
              <CandidatesPage />
            </Section>
          }
        />
        <Route
          path="/candidates/:id"
          element={
            <Section section={section('/candidates')} viewer={current.viewer} fallback={pageLoader}>
              <DebriefPage />
            </Section>
          }
        />
        <Route
          path="/schedule/*"
          element={
            <Section section={section('/schedule')} viewer={current.viewer} fallback={pageLoader}>
              <ScheduleRoutes />
            </Section>
          }
        />
        <Route
          path="/loops/*"
          element={
            <Section section={section('/loops')} viewer={current.viewer} fallback={pageLoader}>
              <LoopRoutes />
            </Section>
          }
        />
        <Route
          path="/library/*"
          element={
            <Section section={section('/library')} viewer={current.viewer} fallback={pageLoader}>
              <LibraryRoutes />
            </Section>
          }
        />
        <Route
          path="/calibration/*"
          element={
            <Section
              section={section('/calibration')}
              viewer={current.viewer}
              fallback={pageLoader}
            >
              <CalibrationPage />
            </Section>
          }
        />
        <Route
          path="/admin/*"
          element={
            <Section section={section('/admin')} viewer={current.viewer} fallback={pageLoader}>
              <AdminRoutes />
            </Section>
          }
        />
        <Route
          path="/accept-invitation"
          element={
            <Suspense fallback={pageLoader}>
              <AcceptInvitation />
            </Suspense>
          }
        />
        <Route path="/sign-in" element={<Navigate to="/interviews" replace />} />
        <Route path="*" element={<Navigate to="/interviews" replace />} />
      </Route>
    </Routes>
  );
}
