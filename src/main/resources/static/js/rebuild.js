// Keeps the rebuild page's progress bar moving: while a rebuild runs, polls GET /api/admin/projections once a
// second and writes the numbers into the page. The texts come from the page's data-text-* attributes (the
// user's language); without this script the page reloads itself instead (a <noscript> refresh).
(function () {
    'use strict';

    function fill(template, values) {
        return template.replace(/%([a-z])/g, function (all, key) {
            return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
        });
    }

    function show(section, progress) {
        var data = section.dataset;
        var bar = section.querySelector('[data-progress]');
        bar.value = progress.percent;
        bar.textContent = progress.percent + ' %';
        section.querySelector('[data-progress-text]').textContent =
            fill(data.textProgress, {p: progress.percent, d: progress.eventsDone, t: progress.eventsTotal});
        section.querySelector('[data-rate]').textContent =
            fill(data.textRate, {r: Math.round(progress.eventsPerSecond)});
        progress.processors.forEach(function (p) {
            var row = section.querySelector('tr[data-group="' + p.group + '"]');
            if (!row) {
                return;
            }
            row.querySelector('[data-position]').textContent = p.position + ' / ' + p.head;
            row.querySelector('[data-state]').textContent = p.error ? data.textError
                : p.position >= p.head ? data.textCaughtUp : p.running ? data.textReplaying : data.textStopped;
        });
        var status = section.querySelector('[data-status]');
        if (progress.running) {
            status.textContent = data.textRunning;
        } else if (progress.finishedAt) {
            status.textContent = fill(data.textDone, {f: new Date(progress.finishedAt).toLocaleString(data.dateFormat)});
        }
    }

    function poll(section) {
        fetch(section.dataset.poll, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                return response.ok ? response.json() : Promise.reject(response.status);
            })
            .then(function (progress) {
                show(section, progress);
                if (progress.running) {
                    window.setTimeout(function () { poll(section); }, 1000);
                }
            })
            .catch(function (status) {
                if (status === 401 || status === 403) {
                    // Signed out (the session ended): polling on would never succeed; say so instead.
                    section.querySelector('[data-status]').textContent = section.dataset.textSignedOut;
                    return;
                }
                window.setTimeout(function () { poll(section); }, 3000);
            });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var section = document.querySelector('[data-rebuild]');
        if (section && section.dataset.running === 'true') {
            poll(section);
        }
    });
}());
