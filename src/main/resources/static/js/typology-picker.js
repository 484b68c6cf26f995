// Issue 18 item 11: on the typology declaration form, a click on the plane fills in openness and centrality
// (in steps of 0.05, with the decimal comma in Danish, as web/journal/DecimalEditor reads it), and the marker
// follows numbers typed into the fields. Without this script the fields work as before.
(function () {
    'use strict';
    var svg = document.querySelector('.chart--picker');
    var openness = document.getElementById('openness');
    var centrality = document.getElementById('centrality');
    if (!svg || !openness || !centrality) {
        return;
    }
    var marker = svg.querySelector('.picker-marker');
    var left = Number(svg.getAttribute('data-left'));
    var top = Number(svg.getAttribute('data-top'));
    var size = Number(svg.getAttribute('data-size'));
    var comma = (document.documentElement.lang || 'da').indexOf('en') !== 0;

    function clamp(value) {
        return Math.max(-1, Math.min(1, value));
    }

    function format(value) {
        var text = String(Number((Math.round(value * 20) / 20).toFixed(2)));
        return comma ? text.replace('.', ',') : text;
    }

    function parse(text) {
        var value = parseFloat(String(text).trim().replace('\u2212', '-').replace(',', '.'));
        return isFinite(value) ? value : null;
    }

    function show() {
        var o = parse(openness.value);
        var c = parse(centrality.value);
        if (o === null || c === null) {
            marker.classList.add('picker-marker--hidden');
            return;
        }
        marker.setAttribute('cx', String(left + (clamp(c) + 1) / 2 * size));
        marker.setAttribute('cy', String(top + (1 - clamp(o)) / 2 * size));
        marker.classList.remove('picker-marker--hidden');
    }

    svg.addEventListener('click', function (event) {
        var point = svg.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        var inPlane = point.matrixTransform(svg.getScreenCTM().inverse());
        centrality.value = format(clamp((inPlane.x - left) / size * 2 - 1));
        openness.value = format(clamp(1 - (inPlane.y - top) / size * 2));
        show();
    });
    openness.addEventListener('input', show);
    centrality.addEventListener('input', show);
})();
