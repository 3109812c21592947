import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { ParsedFlags } from '../common/host/flags';
import type { Logger } from '../node/logger';
import { ADDRESS_CHOICE_FILE, addressChoiceFile } from './address-choice';
import { UNREACHABLE_NETWORK } from './address-ranking';
import { readDefaultRoute } from './default-route';
import { planListen } from './listen-plan';
import { networkProblems } from './network-problems';
import { createContentEditor } from './content-editor';
import { loadNetworkTokens, NETWORK_TOKENS_FILE } from './network-tokens';
import type { ShowContent } from './show-content';
import { openShowOwner, reportProblems, type ShowOwner } from './show-owner';
import { startShowServer, type ShowServer } from './show-server';

export interface RunShowServerOptions {
  readonly flags: ParsedFlags;
  /** The app's folder: `content/` and `dist/renderer/` are in it. */
  readonly appFolder: string;
  readonly dataFolder: string;
  readonly fallbackContent: ShowContent;
  readonly log: Logger;
}

/** The show served with no window: its owner and its server, stopped together. */
export interface ServedShow {
  readonly owner: ShowOwner;
  readonly server: ShowServer;
  stop(): Promise<void>;
}

/**
 * Runs the show with no Electron (`npm run serve`, `yeondae --serve`): the same owner as
 * the app (content, settings, saved place), served to browsers. With no `network`
 * setting it serves this computer only; `--network=0.0.0.0` opens it, with tokens.
 */
export async function runShowServer(options: RunShowServerOptions): Promise<ServedShow> {
  const { log, dataFolder } = options;
  const owner = openShowOwner({ builtInContentFolder: join(options.appFolder, 'content'), fallbackContent: options.fallbackContent, dataFolder, flags: options.flags, log });
  let server: ShowServer;
  try {
    server = await serveShowOwner(owner, { appFolder: options.appFolder, dataFolder, log });
  } catch (error) {
    owner.close();
    throw error;
  }
  const watching = owner.watchFiles();
  return {
    owner,
    server,
    async stop() {
      await watching.stop();
      await server.close();
      owner.close();
    },
  };
}

/**
 * Serves a running show to browsers, as its `network` setting asks (this computer only
 * when it is `off` or `local`). Problems with the setting go to the show's problems.
 */
export function serveShowOwner(owner: ShowOwner, options: { readonly appFolder: string; readonly dataFolder: string; readonly log: Logger }): Promise<ShowServer> {
  const { log } = options;
  const plan = planListen(owner.settings.network, networkInterfaces(), readDefaultRoute());
  reportProblems(owner.problems, 'network', plan.problem === undefined ? [] : [plan.problem], log);
  return startShowServer({
    store: owner.store,
    problems: networkProblems(owner.problems, { content: owner.contentFolder, data: options.dataFolder }),
    tokens: loadNetworkTokens(join(options.dataFolder, NETWORK_TOKENS_FILE), log),
    plan,
    port: owner.settings.networkPort,
    maxClients: owner.settings.networkMaxClients,
    maxReaders: owner.settings.networkMaxReaders,
    rendererFolder: join(options.appFolder, 'dist', 'renderer'),
    addressChoice: addressChoiceFile(join(options.dataFolder, ADDRESS_CHOICE_FILE), log),
    editor: { editor: createContentEditor(owner.contentFolder, log), onContentRead: owner.onReload },
    log,
  });
}

/** What the terminal shows once the server listens: the addresses to open, and how to open it wider. */
export function describeServedShow(server: ShowServer): string {
  const network = server.network();
  const lines = ['', 'Yeondae is showing the statement. Open it in a browser:'];
  if (network.open) {
    if (network.unreachable === true) lines.push(`Note: ${UNREACHABLE_NETWORK}.`, '');
    lines.push(`  audience screens   ${network.displayUrl ?? ''}`, `  presenter          ${network.presenterUrl ?? ''}`, `  edit               ${network.editUrl ?? ''}`, `  read along         ${network.readAlongUrl ?? ''}`);
    lines.push('', 'Anyone on this network with these addresses can watch (audience) or control (presenter) the show.');
    lines.push('The read-along address is for the crowd\'s phones: it may only follow the statement.');
    lines.push('Replace a code from the presenter view to disconnect everyone who had it.');
    const others = (network.choices ?? []).filter((entry) => entry.address !== network.chosenAddress);
    if (others.length > 0) lines.push(`Phones cannot connect? This computer is also at ${others.map((entry) => `${entry.address} (${entry.interfaceName}${entry.kind === 'vpn' ? ', a VPN' : ''})`).join(', ')}: choose one in the presenter view.`);
  } else {
    lines.push(`  audience   ${server.localUrl}`, `  presenter  ${server.localUrl}presenter`, `  edit       ${server.localUrl}edit`, `  read along ${server.localUrl}read`);
    lines.push('', 'Only this computer can open them. To put the show on other screens: npm run serve -- --network=0.0.0.0');
  }
  lines.push('Stop with Ctrl+C.', '');
  return lines.join('\n');
}
