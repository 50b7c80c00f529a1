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

const pageLoader = <Loader aria-label="Loading the page" />;
const AcceptInvitation = lazy(() => import('./pages/AcceptInvitation'));
/** The invitation link works signed in or out (accepting signs in as the invited person). */
const acceptInvitation = (
  <Route
    path="/accept-invitation"
    element={
      <Suspense fallback={pageLoader}>
        <AcceptInvitation />
      </Suspense>
    }
  />
);

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
        {acceptInvitation}
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
        {SECTIONS.map(
          (section) =>
            section.page && (
              <Route
                key={section.to}
                path={`${section.to}/*`}
                element={
                  <Section section={section} viewer={current.viewer} fallback={pageLoader}>
                    <section.page />
                  </Section>
                }
              />
            ),
        )}
        {acceptInvitation}
        <Route path="/sign-in" element={<Navigate to="/interviews" replace />} />
        <Route path="*" element={<Navigate to="/interviews" replace />} />
      </Route>
    </Routes>
  );
}
