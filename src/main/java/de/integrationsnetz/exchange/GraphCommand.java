package de.integrationsnetz.exchange;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * One command of the command line (see {@link GraphCommands}): it runs when the program
 * arguments name it, writes to standard output and error, and sets the exit code.
 */
abstract class GraphCommand implements ApplicationRunner, ExitCodeGenerator {

	private final String name;

	/** Where results go (tests capture it). */
	protected PrintStream out = System.out;

	/** Where problems and progress go (tests capture it). */
	protected PrintStream err = System.err;

	private int exitCode;

	GraphCommand(String name) {
		this.name = name;
	}

	/**
	 * Where messages go (tests capture them).
	 * @param out for results
	 * @param err for problems and progress
	 */
	void output(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	@Override
	public final void run(ApplicationArguments args) {
		if (this.name.equals(GraphCommands.command(args.getSourceArgs()))) {
			this.exitCode = execute(args.getSourceArgs());
		}
	}

	/**
	 * Runs the command.
	 * @param args the program arguments, the command's name first among the non-options
	 * @return the exit code: 0 done, 1 the work failed, 2 wrong usage
	 */
	abstract int execute(String[] args);

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
