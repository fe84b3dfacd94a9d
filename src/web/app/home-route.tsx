import { BoardRecommendations } from '../features/board/components/board-recommendations.js';
import { HomePage } from '../features/careers/pages/home-page.js';

/**
 * The home page as the app composes it: the atlas's introduction, then sections other features
 * contribute for a signed-in person (opportunities for you). Features stay out of each other's pages.
 */
export function HomeRoute() {
  return (
    <>
      <HomePage />
      <BoardRecommendations />
    </>
  );
}
