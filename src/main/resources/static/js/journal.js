// Small conveniences; every page works without them. (1) Narrows a role list to the roles that fit the chosen actor: a select with data-narrows="role" (the kind of
// a new actor, or an existing actor) marks its options with data-sector; the role select's optgroups carry the
// same. Only a convenience: every form works without it, and the journal itself refuses a role that does not
// fit the actor's kind.
(function () {
    'use strict';

    function narrow(chooser, roles) {
        var chosen = chooser.options[chooser.selectedIndex];
        var sector = chosen ? chosen.getAttribute('data-sector') : null;
        Array.prototype.forEach.call(roles.querySelectorAll('optgroup[data-sector]'), function (group) {
            var fits = !sector || group.getAttribute('data-sector') === sector;
            group.hidden = !fits;
            group.disabled = !fits;
        });
        var selected = roles.options[roles.selectedIndex];
        if (selected && selected.parentElement && selected.parentElement.disabled) {
            roles.value = '';
        }
    }

    // (2) The replay slider names the step it points at while it is moved (from its <datalist> labels and the
    // page's own wording in data-step-template), before the form is sent. (3) A print button, shown only where printing from a button can work.
    function followSlider(slider) {
        var output = document.getElementById(slider.getAttribute('data-step-output'));
        var list = slider.list;
        if (!output || !list) {
            return;
        }
        slider.addEventListener('input', function () {
            var option = list.querySelector('option[value="' + slider.value + '"]');
            var label = option ? option.label : slider.value;
            var template = slider.getAttribute('data-step-template') || '%n / %m: %l';
            output.textContent = template.replace('%n', slider.value).replace('%m', slider.max).replace('%l', label);
            slider.setAttribute('aria-valuetext', label);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('input[type=range][data-step-output]'), followSlider);
        Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
                window.print();
            });
        });
        Array.prototype.forEach.call(document.querySelectorAll('select[data-narrows]'), function (chooser) {
            var roles = document.getElementById(chooser.getAttribute('data-narrows'));
            if (!roles) {
                return;
            }
            chooser.addEventListener('change', function () {
                narrow(chooser, roles);
            });
            narrow(chooser, roles);
        });
    });
}());
