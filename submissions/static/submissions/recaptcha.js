// reCAPTCHA v3, as progressive enhancement: just before a form is sent, ask Google for a token and put it in the
// form. Without JavaScript, or when Google does not answer within a few seconds, the form is sent without a
// token; the server then accepts it and marks it for a check by hand.
(function () {
    "use strict";
    var WAIT_MS = 5000;

    function sendWithToken(form, input) {
        var done = false;
        function finish(token) {
            if (done) { return; }
            done = true;
            if (token) { input.value = token; }
            form.dataset.recaptchaDone = "1";
            HTMLFormElement.prototype.submit.call(form);
        }
        window.setTimeout(finish, WAIT_MS);
        if (!window.grecaptcha || !window.grecaptcha.ready) { finish(); return; }
        window.grecaptcha.ready(function () {
            window.grecaptcha
                .execute(input.dataset.recaptchaKey, { action: input.dataset.recaptchaAction })
                .then(finish, function () { finish(); });
        });
    }

    document.querySelectorAll("input[data-recaptcha-key]").forEach(function (input) {
        var form = input.form;
        if (!form) { return; }
        form.addEventListener("submit", function (event) {
            if (form.dataset.recaptchaDone) { return; }
            event.preventDefault();
            sendWithToken(form, input);
        });
    });
})();
