// The print view's button: shown and wired only where scripts run (the page prints from the browser's menu anyway).
document.querySelectorAll("button[data-print]").forEach(function (button) {
	button.hidden = false;
	button.addEventListener("click", function () { window.print(); });
});
