import { mount } from '@/src/ui/mount';
import { SidePanelApp } from '@/src/ui/sidepanel/SidePanelApp';
import '@/src/ui/sidepanel/sidepanel.css';

mount(<SidePanelApp />);
