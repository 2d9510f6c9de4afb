#include "cliapp.h"

int main(int argc, char *argv[])
{
    return hookline::cli::run(argc, argv);
}
