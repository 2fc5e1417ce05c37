import { startContent } from '@/src/content/start-content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
