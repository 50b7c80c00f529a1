import { Badge, Group, List, Text } from '@mantine/core';
import { levelName, SENIORITY_ORDER, useLevel } from './level';
import type { Kit, KitQuestion } from './types';

/**
 * What a 3 ("Yes") looks like at each seniority the question is tagged with, the level being
 * assessed emphasized; then the worked example answers, collapsed until asked for.
 */
export function Expectations({ kit, question: q }: { kit: Kit; question: KitQuestion }) {
  const level = useLevel();
  const expectations = [...q.levelExpectations].sort(
    (a, b) => SENIORITY_ORDER.indexOf(a.seniority) - SENIORITY_ORDER.indexOf(b.seniority),
  );
  const examples = [...q.exampleAnswers].sort((a, b) => a.score - b.score);
  const label = (score: number) => kit.scale.levels.find((l) => l.value === score)?.label;
  return (
    <>
      {expectations.length > 0 && (
        <div>
          <Text fw={600} size="sm">
            What a 3 (Yes) looks like
          </Text>
          <List size="sm" spacing={4} className="ik-levels">
            {expectations.map((e) => {
              const current = e.seniority === level;
              return (
                <List.Item key={e.seniority} data-current={current || undefined}>
                  <Group gap={6} wrap="wrap" component="span">
                    <Text span size="sm" fw={current ? 700 : 600}>
                      {levelName(kit, e.seniority)}:
                    </Text>
                    {current && (
                      <Badge size="xs" variant="light" color="indigo">
                        Level assessed
                      </Badge>
                    )}
                  </Group>{' '}
                  <Text
                    span
                    size="sm"
                    fw={current ? 500 : 400}
                    c={level && !current ? 'dimmed' : undefined}
                  >
                    {e.expectation}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </div>
      )}
      {examples.length > 0 && (
        <details className="ik-examples">
          <summary>
            <Text span size="sm" fw={600}>
              Worked examples: what {examples.map((e) => `a ${e.score}`).join(' and ')} sound like
            </Text>
          </summary>
          <List size="sm" spacing={4} mt={4}>
            {examples.map((e, i) => (
              <List.Item key={i}>
                <Text span size="sm" fw={600}>
                  Scored {e.score}
                  {label(e.score) ? ` (${label(e.score)})` : ''}:
                </Text>{' '}
                {e.answer}
              </List.Item>
            ))}
          </List>
        </details>
      )}
    </>
  );
}
