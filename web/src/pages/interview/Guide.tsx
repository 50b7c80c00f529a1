import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Kit } from './types';

type Guide = NonNullable<Kit['guide']>;

/**
 * The tenant's guide as the interviewer reads it before the interview: how scores combine,
 * what each seniority level means, and the practice every interviewer follows. Loaded on
 * demand (React.lazy) when the interviewer opens it.
 */
export default function Guide({ guide }: { guide: Guide }) {
  const g = guide.scoringGuide;
  const scoring = [
    { title: 'How a question is scored', text: g.combination },
    { title: 'Veto', text: g.veto },
    { title: 'Not assessed', text: g.notAssessed },
    { title: 'In the debrief', text: g.debrief },
  ];
  return (
    <Stack gap="md" className="ik-guide">
      <section aria-labelledby="guide-scoring">
        <Title order={3} size="h5" id="guide-scoring">
          Scoring guide
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={4}>
          {scoring.map((s) => (
            <div key={s.title}>
              <Text size="sm" fw={600}>
                {s.title}
              </Text>
              <Text size="sm">{s.text}</Text>
            </div>
          ))}
        </SimpleGrid>
      </section>
      {guide.seniorityLevels.length > 0 && (
        <section aria-labelledby="guide-levels">
          <Title order={3} size="h5" id="guide-levels">
            Seniority levels
          </Title>
          <List size="sm" spacing={4} mt={4}>
            {guide.seniorityLevels.map((l) => (
              <List.Item key={l.seniority}>
                <Text span size="sm" fw={600}>
                  {l.title}:
                </Text>{' '}
                {l.definition}
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {guide.interviewerGuidance.map((section) => (
        <section key={section.key} aria-labelledby={`guide-${section.key}`}>
          <Title order={3} size="h5" id={`guide-${section.key}`}>
            {section.title}
          </Title>
          <List size="sm" spacing={4} mt={4}>
            {section.points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        </section>
      ))}
      {guide.source && (
        <Text size="xs" c="dimmed">
          From {guide.source}; your administrators can change it.
        </Text>
      )}
    </Stack>
  );
}
