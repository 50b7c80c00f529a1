import '@mantine/core/styles.css';
import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { App } from './App';
import { createClient } from './client';

const theme = createTheme({
  primaryColor: 'indigo',
  // White on the default shade (6) is below WCAG AA contrast; shade 8 passes.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
});
const client = createClient();
// Mantine's default dimmed grey is below WCAG AA contrast on white: one step darker.
const resolver: CSSVariablesResolver = () => ({
  variables: {},
  // The same for the red of field errors (red 6 is 3.3:1 on white).
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={resolver}>
      <Provider value={client}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </Provider>
    </MantineProvider>
  </StrictMode>,
);
