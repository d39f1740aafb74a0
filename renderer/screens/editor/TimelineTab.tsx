// The MSEL on a time axis, one lane per team: drag an inject (mouse, pen or touch) or
// nudge it with the arrow keys to re-time it. Moves snap to whole minutes and save
// like any other edit.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  nudgeOffset,
  snapOffset,
  tickStepSec,
  timelineEndSec,
  timelineLanes,
  updateInject,
  type Lane,
} from '../../../shared/model/edit';
import type { Inject } from '../../../shared/model/exercise';
import { formatOffset, MAX_OFFSET_SEC } from '../../../shared/model/time';
import { useEditor } from './EditorContext';

type Drag = {
  injectId: string;
  pointerId: number;
  startX: number;
  trackWidth: number;
  endSec: number;
  originSec: number;
  sec: number;
};

export function TimelineTab({ onOpenInject }: { onOpenInject(injectId: string): void }) {
  const { t } = useTranslation();
  const { draft, edit, selectedInjectId } = useEditor();
  const [drag, setDrag] = useState<Drag | null>(null);
  const axis = useRef<HTMLDivElement>(null);
  // The scale stays put while dragging, even when the move would stretch the axis.
  const endSec = drag?.endSec ?? timelineEndSec(draft);
  const step = tickStepSec(endSec);
  const ticks: number[] = [];
  for (let s = 0; s <= endSec; s += step) ticks.push(s);
  const plannedEnd = draft.plannedDurationMin * 60;
  const lanes = timelineLanes(draft);
  const pct = (sec: number) => `${(sec / endSec) * 100}%`;
  const timeOf = (inject: Inject) => (drag?.injectId === inject.id ? drag.sec : inject.offsetSec);

  const seen = new Set<string>();
  const move = (inject: Inject, offsetSec: number) => {
    if (offsetSec !== inject.offsetSec) edit((c) => updateInject(c, inject.id, (i) => ({ ...i, offsetSec })));
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>, inject: Inject) {
    if (event.button !== 0) return;
    const width = axis.current?.getBoundingClientRect().width ?? 0;
    if (width <= 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    setDrag({
      injectId: inject.id,
      pointerId: event.pointerId,
      startX: event.clientX,
      trackWidth: width,
      endSec,
      originSec: inject.offsetSec,
      sec: inject.offsetSec,
    });
  }
  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const raw = drag.originSec + ((event.clientX - drag.startX) / drag.trackWidth) * drag.endSec;
    const sec = Math.min(snapOffset(raw), drag.endSec);
    if (sec !== drag.sec) setDrag({ ...drag, sec });
  }
  function onPointerUp(event: PointerEvent<HTMLDivElement>, inject: Inject) {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(null);
    move(inject, drag.sec);
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>, inject: Inject) {
    const by = event.shiftKey ? 300 : 60;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') move(inject, nudgeOffset(inject.offsetSec, by));
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') move(inject, nudgeOffset(inject.offsetSec, -by));
    else if (event.key === 'Enter') onOpenInject(inject.id);
    else return;
    event.preventDefault();
  }

  const laneName = (lane: Lane) =>
    lane.kind === 'all'
      ? t('editor.timeline.everyone')
      : lane.kind === 'none'
        ? t('editor.timeline.unaddressed')
        : lane.team.name;

  return (
    <div className="timeline">
      <p className="hint">{t('editor.timeline.hint')}</p>
      <div className="timeline-scroll">
        <div className="timeline-grid" style={{ minWidth: `calc(9rem + ${ticks.length * 4.5}rem)` }}>
          <div className="lane axis-lane" aria-hidden="true">
            <div className="lane-label" />
            <div className="track axis" ref={axis}>
              {ticks.map((s) => (
                <span key={s} className="tick" style={{ left: pct(s) }}>
                  {formatOffset(s)}
                </span>
              ))}
              {plannedEnd <= endSec && (
                <span className="planned-end-label" style={{ left: pct(plannedEnd) }}>
                  {t('editor.timeline.plannedEnd')}
                </span>
              )}
            </div>
          </div>
          {lanes.map((lane) => (
            <div
              key={lane.kind === 'team' ? lane.team.id : lane.kind}
              className="lane"
              role="group"
              aria-label={laneName(lane)}
            >
              <div className="lane-label" title={laneName(lane)}>
                {lane.kind === 'team' && (
                  <span className="swatch" style={{ background: lane.team.colour }} aria-hidden="true" />
                )}
                <span>{laneName(lane)}</span>
              </div>
              <div className="track">
                {ticks.map((s) => (
                  <span key={s} className="gridline" style={{ left: pct(s) }} aria-hidden="true" />
                ))}
                {plannedEnd <= endSec && (
                  <span className="planned-end" style={{ left: pct(plannedEnd) }} aria-hidden="true" />
                )}
                {lane.injects.map((inject) => {
                  // Each inject is one stop for the keyboard and screen readers, however many lanes show it.
                  const primary = !seen.has(inject.id);
                  seen.add(inject.id);
                  const sec = timeOf(inject);
                  const dragging = drag?.injectId === inject.id;
                  const name = t('editor.timeline.blockName', {
                    number: inject.number,
                    title: inject.title,
                    time: formatOffset(sec),
                  });
                  return (
                    <div
                      key={inject.id}
                      className={`block ${dragging ? 'dragging' : ''} ${inject.contingency ? 'contingency' : ''} ${inject.id === selectedInjectId ? 'selected' : ''}`}
                      style={{ left: pct(sec), background: lane.kind === 'team' ? lane.team.colour : undefined }}
                      role="slider"
                      aria-label={name}
                      aria-valuemin={0}
                      aria-valuemax={MAX_OFFSET_SEC / 60}
                      aria-valuenow={Math.round(sec / 60)}
                      aria-valuetext={formatOffset(sec)}
                      aria-hidden={primary ? undefined : true}
                      tabIndex={primary ? 0 : -1}
                      title={name}
                      onPointerDown={(e) => onPointerDown(e, inject)}
                      onPointerMove={onPointerMove}
                      onPointerUp={(e) => onPointerUp(e, inject)}
                      onPointerCancel={() => setDrag(null)}
                      onKeyDown={(e) => onKeyDown(e, inject)}
                      onDoubleClick={() => onOpenInject(inject.id)}
                    >
                      {inject.number}
                      {dragging && <span className="drag-time">{formatOffset(sec)}</span>}
                    </div>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
