import { useEffect, useState } from 'preact/hooks';
import { Sidebar, type SidebarModel } from '@/components/sidebar/Sidebar';
import { sendMessage } from '@/utils/messages';
import { readDocument } from '@/utils/read/index';

/**
 * "Check a call from a file": the chosen or dropped PDF, Word or text annex is read in this page
 * and its text parsed by the background, which adds the profile's fit. Nothing leaves the machine.
 * Opened with ?url= from the popup, it shows the full report of the PDF annex open in that tab.
 */
export function CheckApp({ tabUrl }: { tabUrl: string | null }) {
  const [model, setModel] = useState<SidebarModel | null>(null);
  const [source, setSource] = useState<{ text: string; name: string } | null>(null);
  const [over, setOver] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const show = async (request: () => Promise<SidebarModel | null>) => {
    setModel({ status: 'loading' });
    try {
      setModel((await request()) ?? { status: 'failed', reason: 'This tab is not a vacancy document.' });
    } catch (error) {
      setModel({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  const refresh = () => {
    if (source) void show(() => sendMessage('checkText', source));
    else if (tabUrl) void show(() => sendMessage('tabVacancy', { url: tabUrl }));
  };
  useEffect(refresh, [source, tabUrl]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    setModel({ status: 'loading' });
    const read = await readDocument(new Uint8Array(await file.arrayBuffer()), {
      name: file.name,
      type: file.type,
    });
    if (!read.ok) {
      setSource(null);
      setModel({ status: 'failed', reason: read.error });
      return;
    }
    setSource({ text: read.text, name: file.name });
  };

  return (
    <main class="check">
      <h1>Check a call from a file</h1>
      <label
        class={over ? 'drop over' : 'drop'}
        data-part="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void open(e.dataTransfer?.files[0]);
        }}
      >
        Choose or drop a call's annex (PDF, Word .docx or text). It is read on this computer; nothing is sent
        anywhere.
        <input
          id="check-file"
          type="file"
          accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(e) => void open((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {notice && <p data-part="check-notice">{notice}</p>}
      {model?.status === 'failed' && (
        <p class="error" role="alert" data-part="check-error">
          {model.reason}
        </p>
      )}
      {model && model.status !== 'failed' && (
        <Sidebar
          model={model}
          collapsed={false}
          now={new Date()}
          onCollapsedChange={() => {}}
          onOpenOptions={() => void sendMessage('openOptions', undefined)}
          onAnswer={(requirementId, value, note) =>
            void sendMessage('setAnswer', {
              requirementId,
              answer: { value, note, at: new Date().toISOString() },
            }).then(refresh)
          }
          onClearAnswer={(requirementId) =>
            void sendMessage('setAnswer', { requirementId, answer: null }).then(refresh)
          }
          onSave={() => setNotice('Posts of a call read from a file cannot be saved to the watchlist yet.')}
        />
      )}
    </main>
  );
}
