// The MSEL on a time axis, one lane per team: drag an inject (mouse, pen or touch) or
// nudge it with the arrow keys to re-time it. Moves snap to whole minutes and save
// like any other edit. Injects closer in time than a chip is wide are stacked on rows
// within their lane, so each one can be reached; zoom spreads them out.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
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
import { textColourOn } from '../../../shared/model/contrast';
import { assignLanes, stepZoom, ZOOM_STEPS } from '../../../shared/model/lanes';
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

/** A chip's width on screen (px), with room between chips, for stacking. */
const CHIP_PX = 46;
/** The height of one stacked row of chips (rem). */
const ROW_REM = 2.3;

export function TimelineTab({ onOpenInject }: { onOpenInject(injectId: string): void }) {
  const { t } = useTranslation();
  const { draft, edit, selectedInjectId, selectInject } = useEditor();
  const [drag, setDrag] = useState<Drag | null>(null);
  const [zoom, setZoom] = useState<number>(ZOOM_STEPS[0]);
  const [trackPx, setTrackPx] = useState(0);
  const axis = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = axis.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setTrackPx(element.getBoundingClientRect().width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // The scale stays put while dragging, even when the move would stretch the axis.
  const endSec = drag?.endSec ?? timelineEndSec(draft);
  const step = tickStepSec(endSec, Math.round(12 * zoom));
  const ticks: number[] = [];
  for (let s = 0; s <= endSec; s += step) ticks.push(s);
  const plannedEnd = draft.plannedDurationMin * 60;
  const lanes = useMemo(() => timelineLanes(draft), [draft]);
  // How close two injects may be on one row: a chip's width, in scenario time, at this zoom.
  const minGapSec = trackPx > 0 ? (CHIP_PX / trackPx) * endSec : endSec;
  const stacks = useMemo(() => lanes.map((lane) => assignLanes(lane.injects, minGapSec)), [lanes, minGapSec]);
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
  function onZoomKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target instanceof HTMLInputElement || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') setZoom((z) => stepZoom(z, 1));
    else if (event.key === '-' || event.key === '_') setZoom((z) => stepZoom(z, -1));
    else if (event.key === '0') setZoom(ZOOM_STEPS[0]);
    else return;
    event.preventDefault();
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
    <div className="timeline" onKeyDown={onZoomKey}>
      <p className="hint">
        {t('editor.timeline.hint')} {t('editor.timeline.zoomHint')}
      </p>
      <div className="toolbar timeline-zoom" role="group" aria-label={t('editor.timeline.zoom')}>
        <button
          type="button"
          aria-label={t('editor.timeline.zoomOut')}
          title={t('editor.timeline.zoomOut')}
          aria-keyshortcuts="-"
          disabled={zoom <= ZOOM_STEPS[0]}
          onClick={() => setZoom((z) => stepZoom(z, -1))}
        >
          −
        </button>
        <output aria-live="polite" aria-label={t('editor.timeline.zoom')}>
          {t('editor.timeline.zoomLevel', { percent: Math.round(zoom * 100) })}
        </output>
        <button
          type="button"
          aria-label={t('editor.timeline.zoomIn')}
          title={t('editor.timeline.zoomIn')}
          aria-keyshortcuts="+"
          disabled={zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1]!}
          onClick={() => setZoom((z) => stepZoom(z, 1))}
        >
          +
        </button>
        <button
          type="button"
          aria-keyshortcuts="0"
          disabled={zoom === ZOOM_STEPS[0]}
          onClick={() => setZoom(ZOOM_STEPS[0])}
        >
          {t('editor.timeline.zoomFit')}
        </button>
      </div>
      <div className="timeline-scroll">
        <div
          className="timeline-grid"
          style={{ minWidth: `calc(9rem + ${ticks.length * 4.5 * zoom}rem)`, width: `${zoom * 100}%` }}
        >
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
          {lanes.map((lane, laneIndex) => {
            const stack = stacks[laneIndex]!;
            return (
              <div
                key={lane.kind === 'team' ? lane.team.id : lane.kind}
                className="lane"
                role="group"
                aria-label={laneName(lane)}
                style={{ minHeight: `${stack.count * ROW_REM + 0.4}rem` }}
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
                  {lane.injects.map((inject, k) => {
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
                        style={{
                          left: pct(sec),
                          top: `${0.35 + (stack.rows[k] ?? 0) * ROW_REM}rem`,
                          background: lane.kind === 'team' ? lane.team.colour : undefined,
                          color: lane.kind === 'team' ? textColourOn(lane.team.colour) : undefined,
                        }}
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
                        onFocus={() => selectInject(inject.id)}
                        onDoubleClick={() => onOpenInject(inject.id)}
                      >
                        {inject.number}
                        {dragging && <span className="drag-time">{formatOffset(sec)}</span>}
                      </div>
                    );
                  })}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
