import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Manifest is a function of the target browser so Chrome-only keys (sidePanel)
// stay out of the Firefox build, which gets a sidebar_action instead.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => {
    const chrome = browser !== 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: [
        'storage',
        'unlimitedStorage',
        'contextMenus',
        'activeTab',
        'scripting',
        'tabs',
        ...(chrome ? ['sidePanel'] : []),
      ],
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      action: { default_title: 'Margin', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
      commands: {
        'open-side-panel': {
          suggested_key: { default: 'Alt+Shift+M' },
          description: '__MSG_cmdOpenPanel__',
        },
        'highlight-selection': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: '__MSG_cmdHighlight__',
        },
      },
      ...(chrome
        ? { side_panel: { default_path: 'sidepanel.html' } }
        : {
            browser_specific_settings: {
              gecko: {
                id: 'margin@margin.example',
                // 142: the CSS Custom Highlight API (140) and data_collection_permissions on Android (142).
                strict_min_version: '142.0',
                // Margin sends nothing anywhere: everything stays on the device.
                data_collection_permissions: { required: ['none'] },
              },
            },
            sidebar_action: {
              default_title: 'Margin',
              default_panel: 'sidepanel.html',
              default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
            },
          }),
    };
  },
});
