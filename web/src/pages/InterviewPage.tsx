import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

// The kit and scorecard are the app's largest page: loaded only when an interview is opened.
const InterviewView = lazy(() =>
  import('./interview/InterviewView').then((m) => ({ default: m.InterviewView })),
);

export function InterviewPage() {
  return (
    <Suspense fallback={<Loader aria-label="Loading the interview" />}>
      <InterviewView />
    </Suspense>
  );
}
