import {
  Alert,
  Button,
  Loader,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describe, formErrors } from '../errors';
import {
  AdminTenantSettingsDocument,
  UpdateTenantSettingsDocument,
  type FeedbackVisibility,
} from '../gql/graphql';
import { POLICIES } from './labels';

/** The team's settings: when interviewers read each other's feedback, and when it is due. */
export function SettingsPage() {
  const [{ data, error, fetching }] = useQuery({ query: AdminTenantSettingsDocument });
  const [result, update] = useMutation(UpdateTenantSettingsDocument);
  const [policy, setPolicy] = useState<FeedbackVisibility | null>(null);
  const [hours, setHours] = useState<number | string>('');
  const [saved, setSaved] = useState(false);
  const [empty, setEmpty] = useState(false);
  const errors = formErrors(result.error, ['feedbackVisibility', 'feedbackDueHours']);

  useEffect(() => {
    if (!data) return;
    setPolicy(data.tenantSettings.feedbackVisibility);
    setHours(data.tenantSettings.feedbackDueHours);
  }, [data]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    // An empty box would mean "unchanged" to the API: say so instead of saving nothing.
    setEmpty(typeof hours !== 'number');
    if (typeof hours !== 'number') return;
    const answer = await update({
      input: { feedbackVisibility: policy, feedbackDueHours: hours },
    });
    if (answer.data) setSaved(true);
  }

  if (error) {
    return (
      <Alert color="red.9" variant="outline" role="alert" title="Could not load the settings">
        {describe(error)}
      </Alert>
    );
  }
  if (fetching && !data) return <Loader aria-label="Loading the settings" />;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <Title order={2} id="settings-title">
            Settings
          </Title>
          {errors[''] && (
            <Alert color="red.9" variant="outline" role="alert" title="The settings were not saved">
              {errors['']}
            </Alert>
          )}
          <Radio.Group
            name="feedbackVisibility"
            label="When interviewers read each other’s scorecards"
            description="Admins and recruiters always read submitted scorecards; a hiring manager does once they owe none on the candidate themselves; a draft is only ever read by its author."
            value={policy ?? ''}
            onChange={(value) => setPolicy(value as FeedbackVisibility)}
            error={errors.feedbackVisibility}
          >
            <Stack gap="sm" mt="xs">
              {POLICIES.map((p) => (
                <Radio key={p.value} value={p.value} label={p.label} description={p.text} />
              ))}
            </Stack>
          </Radio.Group>
          <NumberInput
            name="feedbackDueHours"
            label="Feedback due (hours after the interview ends)"
            description="Scorecards not submitted by then count as late in My interviews, the debrief and calibration. A change moves the due time of every interview, those already held included. From 1 to 720 hours (30 days)."
            value={hours}
            onChange={setHours}
            allowDecimal={false}
            allowNegative={false}
            w={320}
            error={empty ? 'Enter a number of hours from 1 to 720.' : errors.feedbackDueHours}
          />
          {saved && (
            <Text role="status" c="teal.9" size="sm" fw={600}>
              Saved. Both rules apply at once, to every interview, those already held included.
            </Text>
          )}
          <Button type="submit" loading={result.fetching} w="fit-content">
            Save the settings
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
