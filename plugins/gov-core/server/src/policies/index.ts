import publicRead from './public-read';

export default { 'public-read': publicRead };
