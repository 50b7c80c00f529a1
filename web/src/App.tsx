import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Shell } from './Shell';
import { InterviewPage } from './pages/InterviewPage';
import { MyInterviews } from './pages/MyInterviews';
import { SignIn } from './pages/SignIn';
import { refresh, session } from './session';

// The hiring manager's pages and their chart library load on demand: the interviewer's pages
// never download them.
const CandidatesPage = lazy(() => import('./debrief/CandidatesPage'));
const DebriefPage = lazy(() => import('./debrief/DebriefPage'));
const pageLoader = <Loader aria-label="Loading the page" />;

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
            <Suspense fallback={pageLoader}>
              <CandidatesPage />
            </Suspense>
          }
        />
        <Route
          path="/candidates/:id"
          element={
            <Suspense fallback={pageLoader}>
              <DebriefPage />
            </Suspense>
          }
        />
        <Route path="/sign-in" element={<Navigate to="/interviews" replace />} />
        <Route path="*" element={<Navigate to="/interviews" replace />} />
      </Route>
    </Routes>
  );
}
