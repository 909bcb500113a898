package de.integrationsnetz.exchange;

import java.io.PrintStream;

/**
 * A progress bar on the command line, redrawn in place with a carriage return:
 * {@code [#####     ]  52% writing relationships/MEMBER_OF.csv}. Ends its line once all
 * steps are done.
 */
final class ProgressBar implements ImportProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private int lastLength;

	private boolean open;

	ProgressBar(PrintStream out) {
		this.out = out;
	}

	@Override
	public void update(int done, int total, String step) {
		int percent = (total > 0) ? Math.min(100, done * 100 / total) : 100;
		int filled = percent * WIDTH / 100;
		String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] %3d%% %s".formatted(percent, step);
		String padding = " ".repeat(Math.max(0, this.lastLength - line.length()));
		this.out.print("\r" + line + padding);
		this.lastLength = line.length();
		this.open = true;
		if (done >= total) {
			finish();
		}
		this.out.flush();
	}

	/**
	 * Ends the bar's line, if one is drawn, so that what follows starts on a new line.
	 */
	void finish() {
		if (this.open) {
			this.out.println();
			this.open = false;
			this.lastLength = 0;
		}
	}

}
