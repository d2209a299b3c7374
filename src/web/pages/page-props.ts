import type { Portfolio } from '../pipeline/use-portfolio.js';
import type { SavedStateHandle } from '../state/use-saved-state.js';

export interface PageProps {
  handle: SavedStateHandle;
  portfolio: Portfolio;
}
